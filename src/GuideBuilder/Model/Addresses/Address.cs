using System.Text.Json.Serialization;

namespace GuideBuilder.Model.Addresses;

/// <summary>
/// A link or a file that the build itself addresses: a page, a media file, a theme file, a
/// download. Only the build makes addresses (the constructor is not public), and each output
/// turns one into a URL for the page it writes, so an author's text can never become one.
/// A new kind is listed below too, so the build cache can store the pages that use it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(PageAddress), "page")]
[JsonDerivedType(typeof(AssetAddress), "asset")]
[JsonDerivedType(typeof(ThemeFileAddress), "theme")]
[JsonDerivedType(typeof(DownloadAddress), "download")]
[JsonDerivedType(typeof(EditionFileAddress), "edition-file")]
[JsonDerivedType(typeof(EditionFolderAddress), "edition-folder")]
[JsonDerivedType(typeof(GlossaryAddress), "glossary")]
[JsonDerivedType(typeof(PageNumberAddress), "page-number")]
public abstract record Address
{
    private protected Address()
    {
    }

    /// <summary>The URL of this address for one output and one page.</summary>
    public abstract string ResolveWith(IAddressResolver resolver);
}
