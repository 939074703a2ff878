namespace GuideBuilder.Model.Addresses;

/// <summary>A file of the theme's assets/ folder (guide.css, guide.js, icons, fonts), by its path in that folder.</summary>
public sealed record ThemeFileAddress(string Name) : Address
{
    public override string ResolveWith(IAddressResolver resolver) => resolver.ThemeFile(this);
}
