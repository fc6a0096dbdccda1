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

/** One quotable unit of a passage: a sentence, or a list item. */
export type Sentence = {
  /** The text as written, Markdown markers removed from the start of list items. */
  text: string;
  /** For a list item, the sentence that introduces the list ("We refund an order … when:"), if any. */
  lead: string | null;
  /** Which paragraph (or list) of the passage it belongs to, from 0. */
  paragraph: number;
  /** The list marker as written ("-", "1."), for a list item; null for a sentence. */
  marker: string | null;
};

// Abbreviations whose full stop does not end a sentence.
const NOT_AN_END = /\b(?:e\.g|i\.e|etc|vs|no|approx|incl)\.$/i;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * A passage as the sentences a reply can quote, in order. List items are units of their own (each is one rule),
 * and remember the line that introduced their list; everything else splits after ".", "!" or "?" followed by a
 * space and a capital, a quote or a digit, so "$7.95", "e.g. NW-100042" and "3 to 5 business days." stay whole.
 */
export function splitSentences(passage: string): Sentence[] {
  const out: Sentence[] = [];
  let lead: string | null = null;
  let paragraphIndex = -1;
  for (const block of passage.split(/\n{2,}/)) {
    const lines = block.split("\n");
    let paragraph: string[] = [];
    let inList = false;
    const flushParagraph = () => {
      if (paragraph.length === 0) return;
      paragraphIndex++;
      for (const sentence of sentencesOf(paragraph.join(" ")))
        out.push({ text: sentence, lead: null, paragraph: paragraphIndex, marker: null });
      const last = out[out.length - 1];
      lead = last && last.text.endsWith(":") ? last.text : null;
      paragraph = [];
    };
    for (const line of lines) {
      if (LIST_ITEM.test(line)) {
        flushParagraph();
        if (!inList) paragraphIndex++;
        inList = true;
        const text = line.replace(LIST_ITEM, "").trim();
        const marker = LIST_ITEM.exec(line)![0].trim();
        if (text) out.push({ text, lead, paragraph: paragraphIndex, marker });
      } else if (line.trim()) {
        inList = false;
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
  }
  return out;
}

function sentencesOf(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]["')]?(?=\s+["'(]?[A-Z0-9])/g;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (NOT_AN_END.test(paragraph.slice(Math.max(0, match.index - 6), match.index + 1))) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
