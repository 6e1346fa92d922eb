using System.Buffers;
using System.Text;
using System.Text.Json;
using TextNorm.Cli.Reporting;

namespace TextNorm.Cli.Jsonl;

/// <summary>
/// Rewrites one JSON Lines record: the chosen string field is normalized, every other field is copied byte for byte in
/// its place, and a <c>textnorm</c> object (metadata and change counts) is appended; an existing <c>textnorm</c> field
/// is replaced. The output is one line. Not thread-safe: one instance per worker thread.
/// </summary>
internal sealed class JsonlRecordRewriter : IDisposable
{
    private static readonly byte[] OurField = "textnorm"u8.ToArray();
    private readonly TextNormalizer _normalizer;
    private readonly string _fieldName;
    private readonly byte[] _field;
    private readonly byte[] _fieldPrefix; // "field":
    private readonly Utf8JsonWriter _json;
    private readonly List<(int Start, int End, bool IsTarget)> _properties = [];

    public JsonlRecordRewriter(TextNormalizer normalizer, string fieldName)
    {
        _normalizer = normalizer;
        _fieldName = fieldName;
        _field = Encoding.UTF8.GetBytes(fieldName);
        var prefix = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(prefix, JsonOutput.Compact)) w.WriteStringValue(fieldName);
        _fieldPrefix = [.. prefix.WrittenSpan, (byte)':'];
        _json = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), JsonOutput.Compact);
    }

    /// <summary>
    /// Normalizes the record in <paramref name="line"/> and appends it, with its line break, to <paramref name="output"/>.
    /// Returns null on success, else the problem (nothing is appended then).
    /// </summary>
    public string? TryRewrite(ReadOnlySpan<byte> line, IBufferWriter<byte> output, out NormalizedDocument? document)
    {
        document = null;
        string? text;
        try
        {
            if (Parse(line, out text) is { } problem) return problem;
        }
        catch (JsonException e)
        {
            return $"malformed JSON at byte {e.BytePositionInLine ?? 0}: {FirstSentence(e.Message)}";
        }
        catch (InvalidOperationException)
        {
            return $"field '{_fieldName}' holds invalid Unicode (bad UTF-8 or a lone surrogate escape)";
        }

        document = _normalizer.NormalizeDocument(text!);
        Write(output, "{"u8);
        var first = true;
        foreach (var (start, end, isTarget) in _properties)
        {
            if (!first) Write(output, ","u8);
            first = false;
            if (isTarget)
            {
                Write(output, _fieldPrefix);
                _json.Reset(output);
                _json.WriteStringValue(document.Text);
                _json.Flush();
            }
            else
            {
                Write(output, line[start..end]);
            }
        }
        Write(output, first ? "\"textnorm\":"u8 : ",\"textnorm\":"u8);
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WritePropertyName("metadata");
        JsonOutput.WriteMetadata(_json, document.Metadata);
        _json.WritePropertyName("changes");
        JsonOutput.WriteCounts(_json, document.Changes.Counts);
        _json.WriteEndObject();
        _json.Flush();
        Write(output, "}\n"u8);
        return null;
    }

    /// <summary>Finds the top-level properties and the field's text; returns a problem or null.</summary>
    private string? Parse(ReadOnlySpan<byte> line, out string? text)
    {
        text = null;
        _properties.Clear();
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 128 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return $"not a JSON object (starts with {Describe(reader.TokenType)})";
        var found = false;
        string? wrongType = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var start = (int)reader.TokenStartIndex;
            var isTarget = reader.ValueTextEquals(_field);
            var isOurs = reader.ValueTextEquals(OurField) && !isTarget;
            reader.Read();
            if (isTarget)
            {
                if (found) return $"field '{_fieldName}' appears more than once";
                found = true;
                if (reader.TokenType == JsonTokenType.String) text = reader.GetString();
                else wrongType = Describe(reader.TokenType);
            }
            reader.Skip();
            if (!isOurs) _properties.Add((start, (int)reader.BytesConsumed, isTarget));
        }
        if (reader.TokenType != JsonTokenType.EndObject) return "malformed JSON: unexpected end of the object";
        if (reader.Read()) return "malformed JSON: more than one value on the line";
        if (!found) return $"missing field '{_fieldName}'";
        if (wrongType is not null) return $"field '{_fieldName}' is not a string ({wrongType})";
        return null;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    public void Dispose() => _json.Dispose();
}
