/** Each speech's profile (src/lib/language/profile.ts) as the pages and the comparison's data files use it. */
import { readFileSync } from 'node:fs';
import type { FormulaUse } from '../language/formulas.ts';
import { formsWithin, profileOf, usesWithin, type Profile } from '../language/profile.ts';
import { bareForm } from '../glossary/load.ts';
import { PATHS } from '../paths.ts';
import { formsOf, listEntries, termUses } from './glossary.ts';
import { listSpeeches } from './speeches.ts';

let cached: Promise<Map<string, Profile>> | undefined;

/** Every speech's profile, by slug, in the site's order (newest first). */
export function profiles(): Promise<Map<string, Profile>> {
  cached ??= (async () => {
    const entries = await listEntries();
    const terms = new Map(entries.map((e) => [e.id, e.data.term]));
    const forms = new Map(entries.flatMap((e) => formsOf(e).map((form) => [bareForm(form), e.id] as const)));
    const within = formsWithin(forms);
    const formulas = JSON.parse(readFileSync(PATHS.generatedFormulas, 'utf8')) as Record<string, FormulaUse[]>;
    const bySpeech = new Map<string, Array<ReturnType<typeof termUses>[string][number]>>();
    for (const uses of Object.values(termUses())) for (const use of uses) bySpeech.set(use.speech, [...(bySpeech.get(use.speech) ?? []), use]);
    const result = new Map<string, Profile>();
    for (const { id, data } of await listSpeeches()) {
      result.set(id, profileOf({ ...data, slug: id }, usesWithin(bySpeech.get(id) ?? [], within), formulas[id] ?? [], (slug) => terms.get(slug) ?? slug));
    }
    return result;
  })();
  return cached;
}
