import { validateAttachments, type AttachmentShape } from './attachment.rules';

const photo: AttachmentShape = {
  url: 'https://photos.example/1.jpg',
  mediaType: 'Image/JPEG',
  sha256: 'AB'.repeat(32),
};

function verdictOf(attachments: AttachmentShape[]) {
  const fields: string[] = [];
  const value = validateAttachments(attachments, (field) => fields.push(field));
  return { value, fields };
}

describe('attachments', () => {
  it('are kept with their media type and digest in lower case', () => {
    expect(verdictOf([photo])).toEqual({
      value: [{ ...photo, mediaType: 'image/jpeg', sha256: 'ab'.repeat(32) }],
      fields: [],
    });
  });

  it('must be on https without credentials, each problem named by its index', () => {
    const fields = (url: string) => verdictOf([photo, { ...photo, url }]).fields;
    expect(fields('http://photos.example/1.jpg')).toEqual(['attachments.1.url']);
    expect(fields('https://user:secret@photos.example/1.jpg')).toEqual(['attachments.1.url']);
    expect(fields('not a url')).toEqual(['attachments.1.url']);
  });

  it('need a media type and a SHA-256 digest', () => {
    expect(verdictOf([{ ...photo, mediaType: 'image', sha256: 'abc' }]).fields).toEqual([
      'attachments.0.mediaType',
      'attachments.0.sha256',
    ]);
  });

  it('are at most 20', () => {
    expect(verdictOf(Array(21).fill(photo)).fields).toEqual(['attachments']);
  });
});
