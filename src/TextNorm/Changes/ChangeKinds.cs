namespace TextNorm;

/// <summary>The kinds of change the built-in steps record (<see cref="TextChange.Kind"/>).</summary>
public static class ChangeKinds
{
    /// <summary>The encoding the bytes were decoded with (<see cref="TextChange.After"/> holds its name).</summary>
    public const string Encoding = "encoding";
    /// <summary>Bytes that could not be decoded in the detected encoding and were dropped.</summary>
    public const string InvalidBytes = "invalid-bytes";
    /// <summary>A BOM removed.</summary>
    public const string ByteOrderMark = "bom";
    /// <summary>UTF-8 bytes that had been decoded as GBK, re-decoded.</summary>
    public const string MojibakeUtf8AsGbk = "mojibake-utf8-as-gbk";
    /// <summary>UTF-8 bytes that had been decoded as Latin-1 or CP1252, re-decoded.</summary>
    public const string MojibakeUtf8AsLatin1 = "mojibake-utf8-as-latin1";
    /// <summary>GBK bytes decoded one byte out of step, realigned.</summary>
    public const string MojibakeGbkShift = "mojibake-gbk-shift";
    /// <summary>Damage that could not be recovered (U+FFFD, <c>锟斤拷</c>, stray private-use characters, lone <c>?</c>), removed.</summary>
    public const string Unrecoverable = "unrecoverable";
    /// <summary>Line breaks normalized (<c>\r\n</c>, <c>\r</c>, U+2028/2029).</summary>
    public const string LineBreak = "line-break";
    /// <summary>Control, zero-width or soft-hyphen characters removed.</summary>
    public const string ControlCharacter = "control-character";
    /// <summary>Whitespace inside a line collapsed, removed next to full-width punctuation, or trimmed.</summary>
    public const string Whitespace = "whitespace";
    /// <summary>Blank lines removed.</summary>
    public const string BlankLine = "blank-line";
    /// <summary>Full-width ASCII letters and digits narrowed.</summary>
    public const string FullWidthAlphanumeric = "fullwidth-alphanumeric";
    /// <summary>Small form punctuation (<c>﹕</c>) made full-width (<c>：</c>).</summary>
    public const string SmallFormPunctuation = "small-form-punctuation";
    /// <summary>Half-width punctuation in Chinese context widened.</summary>
    public const string PunctuationWidth = "punctuation-width";
    /// <summary>A run of doubled punctuation collapsed to its strongest mark.</summary>
    public const string DoubledPunctuation = "doubled-punctuation";
    /// <summary>A pinyin annotation removed.</summary>
    public const string PinyinAnnotation = "pinyin-annotation";
    /// <summary>The script decision for a document or paragraph (<see cref="TextChange.After"/> holds the preset, or <c>none</c>).</summary>
    public const string ScriptDecision = "script";
    /// <summary>Characters changed by Traditional → Simplified conversion.</summary>
    public const string ScriptConversion = "script-conversion";
    /// <summary>A final newline added or extra ones removed.</summary>
    public const string FinalNewline = "final-newline";

    /// <summary>
    /// True for the kinds that record a decision rather than a change to the text (<see cref="Encoding"/>,
    /// <see cref="ScriptDecision"/>): they are listed in a report but not counted in <see cref="ChangeReport.Total"/>.
    /// </summary>
    public static bool IsDecision(string kind) => kind is Encoding or ScriptDecision;
}

/// <summary>The names of the built-in pipeline steps (<see cref="TextChange.Step"/>), in the order they run.</summary>
public static class StepNames
{
    /// <summary>Bytes → text.</summary>
    public const string Decode = "decode";
    /// <summary>Mojibake repair.</summary>
    public const string Repair = "repair";
    /// <summary>Line breaks, control and zero-width characters.</summary>
    public const string Controls = "controls";
    /// <summary>Full-width letters and digits.</summary>
    public const string FullWidth = "fullwidth";
    /// <summary>Small form punctuation.</summary>
    public const string SmallForms = "small-forms";
    /// <summary>Pinyin annotations.</summary>
    public const string Pinyin = "pinyin";
    /// <summary>Punctuation width.</summary>
    public const string PunctuationWidth = "punctuation-width";
    /// <summary>Doubled punctuation.</summary>
    public const string DoubledPunctuation = "doubled-punctuation";
    /// <summary>Whitespace and lines.</summary>
    public const string Whitespace = "whitespace";
    /// <summary>Traditional → Simplified.</summary>
    public const string Script = "script";
    /// <summary>Boilerplate and metadata.</summary>
    public const string Boilerplate = "boilerplate";
    /// <summary>Final output form.</summary>
    public const string OutputForm = "output-form";
}
