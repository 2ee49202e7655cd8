/** axe-core and a quiet console, light and dark, on every page that is not an entry, the pinned entries and the pages' states. */
import { sweep } from '../helpers/axe-sweep.ts';

sweep('pages');
