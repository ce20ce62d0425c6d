import { mount, uiLocale } from '../../components/mount';
import { setZodLocale } from '../../utils/i18n/zod-locale';
import { App } from './App';

// Imports (tone guide, backup) list their problems in the page's language.
setZodLocale(uiLocale());
mount(<App />);
