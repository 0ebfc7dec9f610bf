import { z } from 'zod';

/**
 * Control characters never belong in what a user writes: ESC sequences would
 * recolour or rewrite a terminal that prints a title (`trip list`), NUL and
 * friends break other tools. Single-line fields (titles, names) lose every
 * control and turn line breaks and tabs into a space; multi-line fields (notes,
 * intros, Q&A) keep newlines, carriage returns and tabs. Stripped rather than
 * refused, so a pasted title still saves and a hand-edited file still opens.
 */
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;
/** Whole terminal escape sequences (CSI "ESC [ … m", OSC "ESC ] … BEL"), so no "[31m" is left behind. */
const ESCAPE_SEQUENCES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;

export const withoutControls = (value: string) => value.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS_BUT_LAYOUT, '');
export const oneLine = (value: string) => withoutControls(value.replace(LINE_BREAKS, ' '));

/** A single-line text field: controls stripped, then `inner` (length, trim…) applies. */
export const singleLine = <T extends z.ZodType<unknown, string>>(inner: T) => z.string().transform(oneLine).pipe(inner);

/** A multi-line text field: controls other than newlines and tabs stripped, then `inner` applies. */
export const multiLine = <T extends z.ZodType<unknown, string>>(inner: T) => z.string().transform(withoutControls).pipe(inner);
