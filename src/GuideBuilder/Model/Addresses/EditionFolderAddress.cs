namespace GuideBuilder.Model.Addresses;

/// <summary>The folder of the edition being rendered, relative to the page ("../", or empty): the script finds search results from it.</summary>
public sealed record EditionFolderAddress : Address
{
    public static readonly EditionFolderAddress Instance = new();

    public override string ResolveWith(IAddressResolver resolver) => resolver.EditionFolder(this);
}
