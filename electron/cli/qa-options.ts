import { usageError } from './output';

/** A Q&A item as the journal service takes it (id assigned there). */
export interface QaInput {
  question: string;
  answer: string;
  askedBy: 'me' | 'other';
  asker?: string;
}

export const QA_RULE =
  'split at the LAST "::" (so "C++::std::vector?::yes" asks "C++::std::vector?"); an answer containing "::" needs --question/--answer or --qa-json';

/**
 * `--qa "question::answer"`. Questions quote code ("std::vector") far more
 * often than answers do, so the split is at the last `::`; text that has `::`
 * in its answer goes through --question/--answer or --qa-json, which take any text.
 */
export function parseQaPair(text: string, askedBy: 'me' | 'other'): QaInput {
  const at = text.lastIndexOf('::');
  if (at < 0) throw usageError(`Invalid input — qa: "${text}" has no "::" between question and answer (${QA_RULE})`);
  return { question: text.slice(0, at).trim(), answer: text.slice(at + 2).trim(), askedBy };
}

/** `--question Q --answer A` pairs, matched in the order given; every question needs its answer. */
export function pairQuestions(questions: string[], answers: string[]): QaInput[] {
  if (questions.length !== answers.length) {
    throw usageError(`Invalid input — question/answer: ${questions.length} --question but ${answers.length} --answer; give them in pairs (--answer "" for none)`);
  }
  return questions.map((question, i) => ({ question, answer: answers[i]!, askedBy: 'me' }));
}

/** `--qa-json '[{"question":"…","answer":"…","askedBy":"other","asker":"Bob"}]'`: any text, exactly. */
export function parseQaJson(text: string): QaInput[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw usageError(`Invalid input — qa-json: not JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => {
    const o = item as Record<string, unknown>;
    if (!o || typeof o !== 'object' || typeof o.question !== 'string') {
      throw usageError(`Invalid input — qa-json.${i}: needs {"question": "…", "answer": "…"}`);
    }
    const askedBy = o.askedBy === 'other' ? 'other' : 'me';
    if (o.askedBy !== undefined && o.askedBy !== 'me' && o.askedBy !== 'other') throw usageError(`Invalid input — qa-json.${i}.askedBy: must be "me" or "other"`);
    return {
      question: o.question,
      answer: typeof o.answer === 'string' ? o.answer : '',
      askedBy,
      ...(typeof o.asker === 'string' ? { asker: o.asker } : {}),
    };
  });
}

/** `--person "Name (Affiliation)"`: the affiliation is the trailing parenthesis, if any. */
export function parsePerson(text: string): { name: string; affiliation: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  return m && m[1] ? { name: m[1].trim(), affiliation: m[2]!.trim() } : { name: text.trim(), affiliation: '' };
}
