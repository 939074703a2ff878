namespace GuideBuilder.Model.Addresses;

/// <summary>
/// A page of a language edition: a module, or the edition's home page when <paramref name="PageId"/> is null;
/// in the edition being rendered unless <paramref name="Language"/> names another (the language switcher).
/// </summary>
public sealed record PageAddress(string? PageId, string? Fragment = null, string? Language = null) : Address
{
    public static PageAddress Home(string? language = null) => new(null, null, language);

    public override string ResolveWith(IAddressResolver resolver) => resolver.Page(this);
}
