// The start page: only the shared frame (a file of its own: the Content-Security-Policy allows no inline script).
import { shell } from './shell.js';

shell();
