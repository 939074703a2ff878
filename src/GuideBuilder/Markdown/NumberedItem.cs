using GuideBuilder.Translations;

namespace GuideBuilder.Markdown;

/// <summary>A figure, table or box with its number in the module ("3.2"), its id when the author gave one, and its title.</summary>
public sealed record NumberedItem(NumberedKind Kind, string Number, string? Id, string Title)
{
    /// <summary>"Figure 3.2", in the words of the interface strings.</summary>
    public string Label(UiStrings ui) => LabelOf(Kind, Number, Title, ui);

    public static string LabelOf(NumberedKind kind, string number, string title, UiStrings ui) => kind switch
    {
        NumberedKind.Figure => ui.Format("figure_number", ("number", number)),
        NumberedKind.Table => ui.Format("table_number", ("number", number)),
        NumberedKind.Box => ui.Format("box_number", ("number", number)),
        NumberedKind.Exercise => ui.Format("exercise_number", ("number", number)),
        NumberedKind.Module => ui.Format("module_number", ("number", number)),
        _ => ui.Format("section_reference", ("title", title)),
    };
}
