import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.mjs";
import { fileTooLarge, SERVER_ACTION_BODY_BYTES, sizeText, UPLOAD_LIMITS } from "@/lib/uploads/limits";

describe("upload limits", () => {
  it("lets server actions accept the largest file and its form, and no more", () => {
    expect(SERVER_ACTION_BODY_BYTES).toBe(17 * 1024 * 1024);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_BYTES);
  });

  it("names a file's size and the limit it passes", () => {
    expect(fileTooLarge(UPLOAD_LIMITS.fileBytes)).toBeNull();
    expect(fileTooLarge(6 * 1024 * 1024)).toBe("文件超过 4 MB（6 MB）");
    expect(fileTooLarge(300 * 1024, UPLOAD_LIMITS.noticeFileBytes)).toBe("文件超过 200 KB（300 KB）");
    expect(sizeText(5_888_965)).toBe("5.6 MB");
  });
});
