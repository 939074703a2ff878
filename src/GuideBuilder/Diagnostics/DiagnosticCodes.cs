namespace GuideBuilder.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. Codes are stable: editors search for them and
/// CI scripts may filter on them. docs/diagnostics.md explains each one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The command line names something the guide does not have (exit code 2).</summary>
    public const string Usage = "GB000";
    public const string YamlSyntax = "GB001";
    public const string MissingField = "GB002";
    public const string UnknownKey = "GB003";
    public const string WrongType = "GB004";
    public const string DuplicateId = "GB005";
    public const string DuplicateModuleNumber = "GB006";
    public const string UnknownTab = "GB007";
    public const string LanguageFolderMissing = "GB008";
    public const string EmptyFile = "GB009";
    public const string NotUtf8 = "GB010";
    public const string BrokenLink = "GB011";
    public const string BrokenAnchor = "GB012";
    public const string MissingMedia = "GB013";
    public const string PathEscapesContent = "GB014";
    public const string UnknownBox = "GB015";
    public const string MissingAltText = "GB016";
    public const string RawHtml = "GB017";
    public const string MissingUiString = "GB018";
    public const string BadLanguage = "GB019";
    public const string NoFrontMatter = "GB020";
    public const string InvalidValue = "GB021";
    public const string TranslationMismatch = "GB022";
    public const string OrphanTranslation = "GB023";
    public const string LowContrast = "GB024";
    public const string ThemeError = "GB025";
    public const string BrowserMissing = "GB026";
    public const string PdfFailed = "GB027";
    public const string OutputNotWritable = "GB028";

    /// <summary>A symbolic link (or junction) takes a path named by the content out of the content folder.</summary>
    public const string LinkLeavesContent = "GB035";

    /// <summary>--out names a folder that GuideBuilder must not replace: the content, the theme, /, home, or a folder it did not create (exit code 2).</summary>
    public const string UnsafeOutputFolder = "GB036";

    /// <summary>Another build is writing into the same output folder and did not finish in time.</summary>
    public const string OutputBusy = "GB037";
    public const string UnclosedBox = "GB050";
    public const string TextCutByComment = "GB051";
    public const string ScaffoldPlaceholder = "GB052";
    /// <summary>A theme template does not parse.</summary>
    public const string TemplateSyntax = "GB030";

    /// <summary>A theme template names a variable, member or partial that does not exist, or fails while rendering.</summary>
    public const string TemplateRender = "GB031";

    /// <summary>The theme named in guide.yml cannot be used (missing, not a theme, or outside the guide's folder).</summary>
    public const string ThemeNotFound = "GB032";
    public const string UnreadableFile = "GB040";
    public const string PreviewBuildCrashed = "GB041";
    /// <summary>A control character, noncharacter or lone surrogate in a content file or made by an escape.</summary>
    public const string InvisibleCharacter = "GB045";

    /// <summary>A module or media file name that Windows, a FAT USB stick or the CD-ROM image cannot hold.</summary>
    public const string NonPortableFileName = "GB046";

    /// <summary>An index mark ({^ ...}) that cannot be read: no term, an empty part, an unknown key, or two levels of sub-entry.</summary>
    public const string IndexMarkInvalid = "GB075";

    /// <summary>Two figures, tables or boxes (or one and a module, section or exercise) of one language share an id.</summary>
    public const string DuplicateReferenceId = "GB076";

    /// <summary>A cross-reference [](ref:id) names an id that nothing in the language edition has.</summary>
    public const string UnknownReference = "GB077";

    /// <summary>A cross-reference names a section id that several modules have.</summary>
    public const string AmbiguousReference = "GB078";

    /// <summary>An index mark's "see" or "see also" names a term that no mark puts in the index (warning).</summary>
    public const string IndexSeeUnknown = "GB079";
}
