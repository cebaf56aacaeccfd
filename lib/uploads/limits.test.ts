import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.mjs";
import { fileTooLarge, REQUEST_BODY_BYTES, requestTooLarge, SERVER_ACTION_BODY_BYTES, sizeText, UPLOAD_LIMITS } from "@/lib/uploads/limits";

describe("upload limits", () => {
  it("lets server actions accept the largest file and its form, and no more", () => {
    expect(SERVER_ACTION_BODY_BYTES).toBe(17 * 1024 * 1024);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_BYTES);
    // the proxy passes such a body on whole (by default it cuts it at 10 MB)
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(SERVER_ACTION_BODY_BYTES);
  });

  it("refuses a body larger than its page takes before reading it: files only on the two upload pages", () => {
    const MB = 1024 * 1024;
    expect(requestTooLarge("/import", String(16 * MB))).toBeNull();
    expect(requestTooLarge("/register/import", String(SERVER_ACTION_BODY_BYTES))).toBeNull();
    expect(requestTooLarge("/import", String(SERVER_ACTION_BODY_BYTES + 1))).not.toBeNull();
    expect(requestTooLarge("/import", String(SERVER_ACTION_BODY_BYTES + MB))).toBe("提交的内容过大（18 MB），此处最多 17 MB。");
    expect(requestTooLarge("/apply/wenchang", String(REQUEST_BODY_BYTES))).toBeNull();
    expect(requestTooLarge("/apply/wenchang", String(10 * MB))).toBe("提交的内容过大（10 MB），此处最多 4 MB。");
    expect(requestTooLarge("/import/x", String(10 * MB))).not.toBeNull();
    expect(requestTooLarge("/work/abc", null)).toBeNull();
    expect(requestTooLarge("/work/abc", "nonsense")).toBeNull();
  });

  it("names a file's size and the limit it passes", () => {
    expect(fileTooLarge(UPLOAD_LIMITS.fileBytes)).toBeNull();
    expect(fileTooLarge(6 * 1024 * 1024)).toBe("文件超过 4 MB（6 MB）");
    expect(fileTooLarge(300 * 1024, UPLOAD_LIMITS.noticeFileBytes)).toBe("文件超过 200 KB（300 KB）");
    expect(sizeText(5_888_965)).toBe("5.6 MB");
  });
});
