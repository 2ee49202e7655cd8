/** axe-core and a quiet console on every page, light theme. */
import { sweep } from '../helpers/axe-sweep.ts';

sweep('light');
