namespace GuideBuilder.Model.Addresses;

/// <summary>A media file of the guide, by its path in the content folder (already checked to stay inside it).</summary>
public sealed record AssetAddress(string ContentPath) : Address
{
    public override string ResolveWith(IAddressResolver resolver) => resolver.Asset(this);
}
