// What every command module exports. main.ts finds the module in the command table
// (commands/index.ts), prints `usage` for --help, and otherwise calls `run` with the
// arguments after the command name; `run` resolves to the exit code.
export interface CommandModule {
  /** the full Chinese usage text printed by `--help` */
  usage: string;
  run(args: readonly string[]): Promise<0 | 1 | 2>;
}

export interface CommandEntry {
  /** "validate", or "org add" for a command with a subcommand */
  name: string;
  /** the line in the overview: arguments as typed */
  synopsis: string;
  summary: string;
  /** opens the database: main closes it before the process exits */
  database: boolean;
  load(): Promise<CommandModule>;
}
