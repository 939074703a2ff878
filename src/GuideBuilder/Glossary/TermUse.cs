namespace GuideBuilder.Glossary;

/// <summary>How a term mark is written.</summary>
public enum TermUse
{
    /// <summary>The first use in a module: a link to the glossary entry and a toggletip with the definition.</summary>
    First,

    /// <summary>A later use in the same module: plain text.</summary>
    Later,

    /// <summary>A mark inside a glossary definition: a link to the other entry.</summary>
    Link,
}
