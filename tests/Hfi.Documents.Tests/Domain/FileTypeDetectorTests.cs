using System.Text;
using Hfi.Documents.Domain.Files;

namespace Hfi.Documents.Tests.Domain;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<byte[], string> AcceptedHeads =>
        new()
        {
            { "%PDF-1.7\n%âãÏÓ"u8.ToArray(), "application/pdf" },
            { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png" },
            { [0xFF, 0xD8, 0xFF, 0xE0, 0, 16], "image/jpeg" },
            { "GIF89a\x01\0"u8.ToArray(), "image/gif" },
            { Encoding.UTF8.GetBytes("Referat fra møtet i Hamar\r\nSak 04.24: æøå ÆØÅ"), "text/plain; charset=utf-8" },
            { [0xEF, 0xBB, 0xBF, .. "Med BOM"u8.ToArray()], "text/plain; charset=utf-8" },
        };

    [Theory]
    [MemberData(nameof(AcceptedHeads))]
    public void Accepted_types_are_known_by_their_first_bytes(byte[] head, string mediaType) =>
        Assert.Equal(mediaType, FileTypeDetector.Sniff(head, isWholeFile: true, "fil").Accepted?.MediaType);

    public static TheoryData<byte[], string, string> RefusedHeads =>
        new()
        {
            { "MZ\x90\0\x03"u8.ToArray(), "fil.pdf", "Windows executable" },
            { [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1], "fil", "Linux executable" },
            { "#!/bin/sh\nrm -rf /"u8.ToArray(), "notat.txt", "script (#!)" },
            { "Write-Host 'hei'"u8.ToArray(), "oppsett.ps1", "script (.ps1)" },
            { "<!DOCTYPE html><script>alert(1)</script>"u8.ToArray(), "side.txt", "HTML" },
            { [0x1F, 0x8B, 8, 0], "arkiv.pdf", "gzip archive" },
            { [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4], "arkiv", "7-Zip archive" },
            { "Rar!\x1a\x07\0"u8.ToArray(), "arkiv", "RAR archive" },
            { [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "gammel.doc", "legacy Office document" },
            { [0, 1, 2, 3, 0xFE, 0xFF], "data.bin", "unrecognised binary" },
            { [0xC3, 0x28, 0x41], "latin1.txt", "unrecognised binary" },
        };

    [Theory]
    [MemberData(nameof(RefusedHeads))]
    public void Executables_scripts_and_archives_are_refused_naming_what_they_are(
        byte[] head,
        string name,
        string named
    ) => Assert.Contains(named, FileTypeDetector.Sniff(head, isWholeFile: true, name).RefusedAs);

    [Fact]
    public void A_tar_archive_is_known_by_its_ustar_magic()
    {
        var head = new byte[512];
        "ustar"u8.CopyTo(head.AsSpan(257));
        "fil.txt"u8.CopyTo(head);

        Assert.Contains("tar archive", FileTypeDetector.Sniff(head, isWholeFile: false, "x").RefusedAs);
    }

    [Fact]
    public void Text_cut_inside_a_letter_is_still_text_unless_it_is_the_whole_file()
    {
        var cut = Encoding.UTF8.GetBytes("Saksliste for møte")[..^3]; // drops "te" and the second byte of "ø"

        Assert.NotNull(FileTypeDetector.Sniff(cut, isWholeFile: false, "a.txt").Accepted);
        Assert.NotNull(FileTypeDetector.Sniff(cut, isWholeFile: true, "a.txt").RefusedAs);
    }

    [Fact]
    public void A_zip_is_decided_by_its_entries()
    {
        Assert.True(FileTypeDetector.Sniff("PK\x03\x04"u8, isWholeFile: false, "a.docx").IsZipPackage);

        Assert.Equal(
            FileType.Docx,
            FileTypeDetector.ClassifyZip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]).Accepted
        );
        Assert.Equal(FileType.Xlsx, FileTypeDetector.ClassifyZip(["[Content_Types].xml", "xl/workbook.xml"]).Accepted);
        Assert.Equal(
            FileType.Pptx,
            FileTypeDetector.ClassifyZip(["[Content_Types].xml", "ppt/presentation.xml"]).Accepted
        );
        Assert.Contains(
            "macro",
            FileTypeDetector.ClassifyZip(["[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"]).RefusedAs
        );
        Assert.Contains("ZIP archive", FileTypeDetector.ClassifyZip(["word/document.xml"]).RefusedAs);
        Assert.Contains("not a Word", FileTypeDetector.ClassifyZip(["[Content_Types].xml", "content.xml"]).RefusedAs);
    }
}
