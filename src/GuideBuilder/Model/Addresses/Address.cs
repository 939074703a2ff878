namespace GuideBuilder.Model.Addresses;

/// <summary>
/// A link or a file that the build itself addresses: a page, a media file, a theme file, a
/// download. Only the build makes addresses (the constructor is not public), and each output
/// turns one into a URL for the page it writes, so an author's text can never become one.
/// </summary>
public abstract record Address
{
    private protected Address()
    {
    }

    /// <summary>The URL of this address for one output and one page.</summary>
    public abstract string ResolveWith(IAddressResolver resolver);
}
