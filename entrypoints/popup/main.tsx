import { mount } from '../../components/mount';
import { App, readFirstCounts } from './App';

// The count is the first thing the popup shows: its read starts on the page's first line,
// before React renders.
mount(<App storedCounts={readFirstCounts()} />);
