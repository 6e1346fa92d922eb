using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextNorm.Cli.Reporting;

/// <summary>How TextNorm writes JSON: UTF-8 with Chinese text unescaped, written by hand (no reflection, trim-safe).</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonWriterOptions Compact { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the fields of <c>shared/gold/*.meta.json</c>: title, published, source, authors, editors.</summary>
    public static void WriteMetadata(Utf8JsonWriter writer, DocumentMetadata metadata)
    {
        writer.WriteStartObject();
        writer.WriteString("title", metadata.Title);
        writer.WriteString("published", metadata.Published);
        writer.WriteString("source", metadata.Source);
        writer.WriteStartArray("authors");
        foreach (var author in metadata.Authors) writer.WriteStringValue(author);
        writer.WriteEndArray();
        writer.WriteStartArray("editors");
        foreach (var editor in metadata.Editors) writer.WriteStringValue(editor);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Change counts by kind as an object, kinds in ordinal order.</summary>
    public static void WriteCounts(Utf8JsonWriter writer, IReadOnlyDictionary<string, int> counts)
    {
        writer.WriteStartObject();
        foreach (var (kind, n) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteNumber(kind, n);
        writer.WriteEndObject();
    }

    /// <summary>The <c>.meta.json</c> file of a document: indented like the gold files, ending with a newline.</summary>
    public static byte[] MetadataFile(DocumentMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
            WriteMetadata(writer, metadata);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
