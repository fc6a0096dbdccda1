/**
 * Splits a knowledge article into passages a reply can quote: one per section ("## Heading" and what follows),
 * or one per paragraph when a section is too long to quote whole. Articles are written with short sections for
 * exactly this reason (policies/knowledge/*.md).
 */
export type Passage = {
  /** The section heading, or null for the text before the first heading. */
  section: string | null;
  /** Markdown of the passage, without its heading. */
  text: string;
};

// Longer than this, a section is quoted paragraph by paragraph: a reply should quote the rule, not a page.
const MAX_SECTION_CHARS = 700;

const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;

export function splitPassages(body: string): Passage[] {
  const sections: Array<{ section: string | null; blocks: string[] }> = [{ section: null, blocks: [] }];
  let block: string[] = [];
  const current = () => sections[sections.length - 1]!;
  const flush = () => {
    const text = block.join("\n").trim();
    if (text) current().blocks.push(text);
    block = [];
  };

  for (const line of body.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      sections.push({ section: heading[1]!.trim(), blocks: [] });
    } else if (line.trim() === "") {
      flush();
    } else {
      block.push(line);
    }
  }
  flush();

  const passages: Passage[] = [];
  for (const { section, blocks } of sections) {
    if (blocks.length === 0) continue;
    const whole = blocks.join("\n\n");
    if (whole.length <= MAX_SECTION_CHARS) passages.push({ section, text: whole });
    else for (const text of blocks) passages.push({ section, text });
  }
  return passages;
}
