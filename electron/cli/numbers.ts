import { usageError } from './output';

// Number("") is 0 and Number("0x10") is 16: the CLI accepts plain decimal numbers only.
const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const WHOLE = /^[+-]?\d+$/;

/** A decimal number typed as an option (`--lat 32.08`); undefined when the option was not given. */
export function decimalOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!DECIMAL.test(value.trim())) throw usageError(`Invalid input — ${name}: "${value}" is not a number (write it like 32.0853)`);
  return Number(value);
}

/** A whole number typed as an option (`--travel-before 2`); undefined when the option was not given. */
export function wholeOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!WHOLE.test(value.trim())) throw usageError(`Invalid input — ${name}: "${value}" is not a number (a whole number is expected)`);
  return Number(value);
}
