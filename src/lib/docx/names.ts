/** Where a handout's Word file is, beside its page: handouts/<slug>/<slug>.docx. */
export const handoutDocxName = (slug: string): string => `${slug}.docx`;
