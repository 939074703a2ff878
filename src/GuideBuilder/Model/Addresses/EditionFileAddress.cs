namespace GuideBuilder.Model.Addresses;

/// <summary>A file the build writes into the folder of the edition being rendered, such as its search index.</summary>
public sealed record EditionFileAddress(string Name) : Address
{
    public override string ResolveWith(IAddressResolver resolver) => resolver.EditionFile(this);
}
