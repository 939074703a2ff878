namespace GuideBuilder.Content;

public enum ModuleKind
{
    Module,
    Introduction,
}
