/**
 * The XMP metadata packet (ISO 16684-1) of the dossier and notulen PDFs: title, author,
 * description and language as Dublin Core, the dates and the making tool. PDF readers, archives
 * and accessibility checkers read these rather than the older information dictionary.
 */
const xml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  language: string;
  producer: string;
  /** ISO 8601 */
  date: string;
}

export function xmpPacket(f: XmpFields): Buffer {
  const alt = (text: string) =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return Buffer.from(
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(f.title)}</dc:title>
${f.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(f.author)}</rdf:li></rdf:Seq></dc:creator>` : ''}
<dc:description>${alt(f.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(f.language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${f.date}</xmp:CreateDate>
<xmp:ModifyDate>${f.date}</xmp:ModifyDate>
<xmp:MetadataDate>${f.date}</xmp:MetadataDate>
<xmp:CreatorTool>Regiodossier</xmp:CreatorTool>
<pdf:Producer>${xml(f.producer)}</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`,
    'utf8',
  );
}
