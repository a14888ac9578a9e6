/**
 * Remembers the last layout and the inputs it was made from, and lays out again only when an input has
 * changed. Inputs are compared one by one (`Object.is` on each field of the input object), so whatever a
 * layout function reads is part of the comparison: a new input cannot be forgotten.
 */
export class LayoutMemo<Input extends object, Output> {
  private input?: Input;
  private output?: Output;

  constructor(private readonly layOut: (input: Input) => Output) {}

  /** The layout for `input`: the remembered one when every field is the same as last time. */
  get(input: Input): Output {
    if (this.input === undefined || !sameFields(this.input, input)) {
      this.output = this.layOut(input);
      this.input = input;
    }
    return this.output!;
  }

  /** Forgets the remembered layout. */
  clear(): void {
    this.input = undefined;
    this.output = undefined;
  }
}

/** True when both objects have the same own fields with the same values (`Object.is`). */
export function sameFields(a: object, b: object): boolean {
  const aFields = a as Record<string, unknown>;
  const bFields = b as Record<string, unknown>;
  const keys = Object.keys(aFields);
  if (keys.length !== Object.keys(bFields).length) return false;
  return keys.every((key) => Object.hasOwn(bFields, key) && Object.is(aFields[key], bFields[key]));
}
