// The frame every page shares: skip link, navigation, who is signed in, language switch.
import { get } from './api.js';
import { applyLabels, lang, languages, setLang } from './i18n.js';
import { el } from './dom.js';

const PAGES = [['index.html', 'nav.home'], ['roster.html', 'nav.roster'], ['homecare.html', 'nav.homecare'],
  ['scenarios.html', 'nav.scenarios']];

export function shell() {
  const here = location.pathname.split('/').pop() || 'index.html';
  const header = document.querySelector('header.top');
  const select = el('select', { id: 'lang', onchange: e => setLang(e.target.value) },
    languages.map(code => el('option', { value: code, selected: code === lang() }, code === 'nb' ? 'Norsk bokmål' : 'English')));
  header.replaceChildren(
    el('a', { class: 'skip', href: '#main', 'data-i18n': 'app.skip' }),
    el('span', { class: 'brand' }, 'Turnus'),
    el('nav', { 'data-i18n-label': 'nav.label' }, el('ul', {}, PAGES.map(([href, key]) =>
      el('li', {}, el('a', { href, 'data-i18n': key, 'aria-current': href === here ? 'page' : null }))))),
    el('span', { class: 'lang' }, el('label', { for: 'lang', 'data-i18n': 'lang.label' }), ' ', select));
  applyLabels();
  // The browser has signed in (HTTP Basic prompt, or the gateway's token) before it could load this page.
  get('/api/me').then(me => header.querySelector('.lang').before(el('span', { class: 'user', id: 'signed-in' },
    el('span', { 'data-i18n': 'user.signedIn' }), ' ', el('strong', {}, me.name),
    me.units.length ? ` (${me.units.join(', ')})` : '')), () => {}).then(applyLabels);
}
