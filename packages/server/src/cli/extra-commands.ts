// Sub-commands that live with their features (export, administration), wired into `jixiao`.
export interface ExtraCommand {
  usage: string;
  /** Number of words that name the command (`user add` is 2). */
  words: number;
  matches(argv: string[]): boolean;
  run(args: string[]): Promise<number>;
}

export const extraCommands: ExtraCommand[] = [];
