// Server actions accept request bodies of at most 1 MB (Next's default); the file must
// leave room for the form's other fields. Larger registers go through `register import`.
export const MAX_IMPORT_BYTES = 1024 * 1024 - 16 * 1024;
