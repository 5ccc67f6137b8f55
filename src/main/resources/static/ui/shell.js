// The frame every page shares: skip link, navigation, language switch.
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
}
