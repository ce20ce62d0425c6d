import type { UnderstandingModels } from '../understand/understand';
import { defaultToneGuide } from '../tone/default-guide';
import { replySurfaceSchema, toneGuideSchema, type ToneGuide } from '../tone/schema';
import { suggest, type SuggestInput } from './suggest';

/** Small deterministic generator, so every benchmark run uses the same guide. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The default guide grown to `templateCount` templates: copies of its own templates, in every
 * language, each with a different mix of trigger words drawn from the whole guide, so the
 * index is as large and as varied as a big real guide.
 */
export function buildBenchGuide(
  templateCount = 500,
  base: ToneGuide = defaultToneGuide,
): ToneGuide {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const vocabulary = [...new Set(base.templates.flatMap((template) => template.triggers))];
  const templates = Array.from({ length: templateCount }, (_, index) => {
    const source = base.templates[index % base.templates.length];
    const extra = Array.from({ length: 4 + Math.floor(random() * 8) }, () => pick(vocabulary));
    return {
      ...source,
      id: `${source.id}-bench-${index}`,
      triggers: [...new Set([...source.triggers, ...extra])],
    };
  });
  return toneGuideSchema.parse({ ...base, templates });
}

export interface LatencySummary {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Times `suggest` per message (after one warm-up pass that builds the caches). */
export function measureSuggestLatency(
  guide: ToneGuide,
  models: UnderstandingModels,
  messages: readonly string[],
  rounds = 5,
  surface: SuggestInput['surface'] = replySurfaceSchema.options[0],
): LatencySummary {
  for (const text of messages) suggest({ text, surface }, guide, models);
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const text of messages) {
      const start = performance.now();
      suggest({ text, authorName: 'Anna Svensson', surface }, guide, models);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))];
  return { runs: times.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: times[times.length - 1] };
}
