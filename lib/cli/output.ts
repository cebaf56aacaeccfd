// Where the command line writes: data to stdout (or the -o file), messages to stderr, and
// every failure as exactly one line of Chinese with its exit code.
import fs from "node:fs";
import { CliError, type FailureExitCode } from "@/lib/cli/args";
import { DatabaseInUseError } from "@/lib/database/lock";
import { fromDatabaseError, isAppError, newErrorId } from "@/lib/errors";
import { terminal } from "@/lib/cli/terminal";
import { fileTooLarge, UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { decodeText, READ_AS_GB18030, type TextEncodingName } from "@/lib/uploads/text";

/** A message for the person at the terminal (stderr), one line per call. */
export function say(message: string): void {
  terminal.stderr.write(`${oneLine(message)}\n`);
}

/** Command output: to `outFile` when given, else to stdout. Written exactly as given. */
export function writeData(text: string | Uint8Array, outFile?: string): void {
  if (outFile === undefined) {
    terminal.stdout.write(text);
    return;
  }
  try {
    fs.writeFileSync(outFile, text);
  } catch (error) {
    throw new CliError(`无法写入文件 ${outFile}：${fileProblem(error)}`);
  }
}

/** A binary file (XLSX, DOCX) goes to -o FILE, or to stdout only when that is a pipe or a file, never a terminal. */
export function checkBinaryOutput(kind: string, outFile: string | undefined): void {
  if (outFile === undefined && terminal.stdout.isTTY) {
    throw new CliError(`${kind} 文件不能输出到终端：请用 -o FILE 指定要写入的文件。`);
  }
}

/** Writes a binary file as checkBinaryOutput allows, waiting until stdout has taken all of it. */
export async function writeBinary(data: Uint8Array, outFile: string | undefined): Promise<void> {
  if (outFile !== undefined) return writeData(data, outFile);
  await new Promise<void>((resolve, reject) => terminal.stdout.write(data, (error) => (error ? reject(error) : resolve())));
}

/** A file to stream a command's output into, opened now so that a bad path fails as one line (exit 2). */
export function openOutputFile(file: string): fs.WriteStream {
  try {
    return fs.createWriteStream(file, { fd: fs.openSync(file, "w") });
  } catch (error) {
    throw new CliError(`无法写入文件 ${file}：${fileProblem(error)}`);
  }
}

/** Reads a file named on the command line, refusing one over the upload limit before reading it (exit 2). */
export function readInputFile(file: string, limit: number = UPLOAD_LIMITS.fileBytes): Uint8Array {
  let bytes: Buffer;
  try {
    const tooLarge = fileTooLarge(fs.statSync(file).size, limit);
    if (tooLarge) throw new CliError(`文件 ${file}：${tooLarge}`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`无法读取文件 ${file}：${fileProblem(error)}`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Says so when a file was read as GBK rather than UTF-8. */
export function noteEncoding(file: string, encoding: TextEncodingName | undefined): void {
  if (encoding === "gb18030") say(`文件 ${file}：${READ_AS_GB18030}。`);
}

/** Reads a text file in UTF-8 (its BOM dropped) or GBK, or fails with a one-line reason (exit 2). */
export function readTextFile(file: string): string {
  const decoded = decodeText(readInputFile(file));
  if (!decoded.ok) throw new CliError(`文件 ${file}：${decoded.error}`);
  noteEncoding(file, decoded.encoding);
  return decoded.text;
}

/** A file to stream from: fails now with a one-line reason (exit 2) rather than halfway through. */
export function openInputFile(file: string): fs.ReadStream {
  try {
    const fd = fs.openSync(file, "r");
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      throw Object.assign(new Error(file), { code: "EISDIR" });
    }
    return fs.createReadStream(file, { fd });
  } catch (error) {
    throw new CliError(`无法读取文件 ${file}：${fileProblem(error)}`);
  }
}

/** A new file (never one that exists) only this user can read, to stream into; `shownAs` names it in the message. */
export function createPrivateFile(file: string, shownAs = file): fs.WriteStream {
  try {
    return fs.createWriteStream("", { fd: fs.openSync(file, "wx", 0o600) });
  } catch (error) {
    throw new CliError(`无法写入文件 ${shownAs}：${fileProblem(error)}`);
  }
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "文件或目录不存在";
    case "EACCES":
    case "EPERM":
      return "没有权限";
    case "EISDIR":
      return "这是一个目录，不是文件";
    case "ENOTDIR":
      return "路径中有一部分不是目录";
    case "ENAMETOOLONG":
      return "文件名过长";
    default:
      return `系统错误${typeof code === "string" ? ` ${code}` : ""}`;
  }
}

export function oneLine(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

interface Failure {
  line: string;
  exitCode: FailureExitCode;
  /** set for an unexpected error: the line shows it, NIANBAO_DEBUG=1 prints the details under it */
  errorId?: string;
}

/**
 * The one line and exit code for anything a command threw. Known failures speak for
 * themselves; an unexpected error shows only an id, never its text (a database message can
 * quote SQL, the code's file paths and source lines).
 */
export function describeFailure(thrown: unknown): Failure {
  const error = fromDatabaseError(thrown) ?? thrown;
  if (error instanceof CliError) return { line: oneLine(error.message), exitCode: error.exitCode };
  if (error instanceof DatabaseInUseError) return { line: oneLine(error.message), exitCode: 2 };
  if (isAppError(error)) {
    if (error.code === "BLOCKING_FINDINGS") {
      const errors = (error.findings ?? []).filter((finding) => finding.severity === "error");
      const first = errors[0];
      const detail = first ? `（共 ${errors.length} 个错误，首个：${first.rule} ${first.message}）` : "";
      return { line: oneLine(`${error.message}${detail}`), exitCode: 1 };
    }
    return { line: oneLine(error.message), exitCode: 2 };
  }
  const errorId = newErrorId();
  return { line: `出错了：发生意外错误，操作可能未完成（错误编号 ${errorId}）。设置环境变量 NIANBAO_DEBUG=1 后重新运行可显示详细信息。`, exitCode: 2, errorId };
}

/** Writes the one line for a failure (with `hint` after it) on stderr and gives its exit code. */
export function reportFailure(error: unknown, hint = ""): FailureExitCode {
  const { line, exitCode, errorId } = describeFailure(error);
  terminal.stderr.write(`${line}${hint}\n`);
  if (process.env.NIANBAO_DEBUG) {
    const details = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    terminal.stderr.write(`${errorId ? `错误编号 ${errorId}：` : ""}${details}\n`);
  }
  return exitCode;
}
