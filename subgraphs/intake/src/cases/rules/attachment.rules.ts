import type { Report } from './input.rules';

/** Photos and documents the reporter attached: stored elsewhere, referred to by URL and digest. */
export interface AttachmentShape {
  readonly url: string;
  readonly mediaType: string;
  readonly sha256: string;
}

const MAX_ATTACHMENTS = 20;
const MAX_URL = 2000;

/** Each attachment on https, with a media type and a SHA-256 digest, both kept lower-case. */
export function validateAttachments(
  attachments: readonly AttachmentShape[],
  problem: Report,
): AttachmentShape[] {
  if (attachments.length > MAX_ATTACHMENTS) {
    problem('attachments', `must be at most ${MAX_ATTACHMENTS} files`);
  }
  return attachments.map((attachment, index) => {
    const path = `attachments.${index}`;
    if (!isHttpsWithoutCredentials(attachment.url) || attachment.url.length > MAX_URL) {
      problem(
        `${path}.url`,
        `must be an https:// URL without credentials, at most ${MAX_URL} characters`,
      );
    }
    if (!/^[a-z]+\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i.test(attachment.mediaType)) {
      problem(`${path}.mediaType`, 'must be a media type such as image/jpeg');
    }
    if (!/^[0-9a-f]{64}$/i.test(attachment.sha256)) {
      problem(`${path}.sha256`, 'must be a SHA-256 digest: 64 hexadecimal digits');
    }
    return {
      url: attachment.url,
      mediaType: attachment.mediaType.toLowerCase(),
      sha256: attachment.sha256.toLowerCase(),
    };
  });
}

function isHttpsWithoutCredentials(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false; // not a URL
  }
}
