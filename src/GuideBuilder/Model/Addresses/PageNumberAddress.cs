namespace GuideBuilder.Model.Addresses;

/// <summary>
/// The page a place of the book is printed on, as text after a cross-reference (", p. 42" from the
/// <paramref name="Format"/> with "{page}"): only the printed book has pages, so every other output writes nothing.
/// </summary>
public sealed record PageNumberAddress(PageAddress Target, string Format) : Address
{
    public override string ResolveWith(IAddressResolver resolver) => resolver.PageNumber(this);
}
