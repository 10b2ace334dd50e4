/**
 * Gate: every page is valid HTML (html-validate, the HTML standard's rules
 * and those of a complete document).
 */
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from './links.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files from another host; the site loads only its own.
    'require-sri': 'off',
  },
});

/** Every error, as “file:line:column rule: message”. */
export async function htmlErrors(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of htmlFiles(dist)) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) out.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return out;
}
