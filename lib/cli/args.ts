// The command line's argument parsing: node:util parseArgs, with errors that a person can
// read (in Chinese, naming the option) instead of parseArgs' English TypeErrors.
import { parseArgs } from "node:util";

/** Exit 1: the input has errors (findings of severity error). Exit 2: everything else that fails. */
export type FailureExitCode = 1 | 2;

/** A failure the command already described in one line of Chinese. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: FailureExitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Wrong arguments: always exit 2, and the message points to the command's --help. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** the placeholder shown in messages, e.g. "SLUG" */
  value?: string;
}

type OptionValue<O extends OptionSpec> = O["type"] extends "string"
  ? O["multiple"] extends true
    ? string[]
    : string | undefined
  : boolean;

export type OptionValues<S extends Record<string, OptionSpec>> = { [K in keyof S]: OptionValue<S[K]> };

export interface ParsedArgs<S extends Record<string, OptionSpec>> {
  values: OptionValues<S>;
  positionals: string[];
}

export function isHelpRequest(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  return options.includes("--help") || options.includes("-h");
}

export function parseCommandArgs<const S extends Record<string, OptionSpec>>(
  args: readonly string[],
  spec: S,
  positionals: { min: number; max: number; names: string } = { min: 0, max: 0, names: "" },
): ParsedArgs<S> {
  const parsed = parseArgs({
    args: [...args],
    options: spec,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    const option = spec[token.name];
    if (!option) throw new UsageError(`未知选项 ${token.rawName}`);
    if (option.type === "boolean" && token.value !== undefined) {
      throw new UsageError(`选项 ${token.rawName} 不带值`);
    }
    if (option.type === "string") {
      const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith("-") && token.value.length > 1);
      if (missing) throw new UsageError(`选项 ${token.rawName} 需要一个值${option.value ? `（${option.value}）` : ""}`);
    }
  }
  if (parsed.positionals.length < positionals.min) {
    throw new UsageError(`缺少参数 ${positionals.names}`);
  }
  if (parsed.positionals.length > positionals.max) {
    throw new UsageError(`多余的参数：${parsed.positionals.slice(positionals.max).join(" ")}`);
  }
  const values: Record<string, string | string[] | boolean | undefined> = {};
  for (const [name, option] of Object.entries(spec)) {
    const value = parsed.values[name];
    if (option.type === "boolean") values[name] = value === true;
    else if (option.multiple) values[name] = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    else values[name] = typeof value === "string" ? value : undefined;
  }
  return { values: values as OptionValues<S>, positionals: parsed.positionals };
}

/** The value of a required option, or a UsageError naming it. */
export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === "") throw new UsageError(`缺少选项 ${option}`);
  return value;
}

/** Narrows a string to one of `choices`, or a UsageError listing them. */
export function oneOf<const T extends string>(value: string, choices: readonly T[], option: string): T {
  const match = choices.find((choice) => choice === value);
  if (match === undefined) throw new UsageError(`${option} 的值“${value}”无效，应为 ${choices.join("、")} 之一`);
  return match;
}
