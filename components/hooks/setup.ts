import { isSetUp } from '../../utils/background/attention';
import { useSettings } from './live';

const DEMO_BUILD = import.meta.env.MODE === 'demo';

/** Whether the company has said who answers for it, live; undefined while settings load. */
export function useSetUp(): boolean | undefined {
  const settings = useSettings();
  return settings && isSetUp(settings, DEMO_BUILD);
}
