namespace GuideBuilder.Tests.Fuzz;

/// <summary>
/// A whole guide made from one seed: guide.yml, a palette, 1 to 99 modules in en/fr/es with
/// missing and orphan translations, media, and hostile text everywhere. A <em>tidy</em> guide
/// keeps every field's shape and every name valid (only the text is hostile), so that most of
/// them build and their outputs can be checked; an untidy one breaks shapes and names too.
/// </summary>
internal sealed class GeneratedGuide
{
    private static readonly string[] AllLanguages = ["en", "fr", "es"];
    private static readonly string[] ExerciseTypes = ["group-work", "role-play", "case-study", "discussion", "self-assessment"];
    private static readonly string[] ResourceTypes = ["publication", "standard", "video", "slides", "website", "dataset"];
    private static readonly string[] Boxes = ["good-practice", "protection-gap", "case-study", "key-point"];
    private static readonly string[] HostileFileNames =
        ["CON.md", "aux.md", "nul.md", "08 módulo #1?.md", "Ünïcödé.md", "a:b.md", "trailing..md", "x\u0007y.md", "😀.md", "COM1.md"];

    private readonly HostileText _text;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly List<string> _palette = [];
    private readonly List<(string Id, int Number, string File, string Tab, int Exercises)> _modules = [];

    public GeneratedGuide(int seed)
    {
        Seed = seed;
        _text = new HostileText(new Random(seed));
        Tidy = _text.Chance(0.6);
        var languages = AllLanguages.Where(_ => _text.Chance(0.7)).ToList();
        Languages = languages.Count > 0 ? languages : ["en"];
        DefaultLanguage = _text.Pick(Languages);
        WriteSettings();
        WriteMedia();
        WriteModules();
    }

    public int Seed { get; }

    public bool Tidy { get; }

    public IReadOnlyList<string> Languages { get; }

    public string DefaultLanguage { get; }

    public int ModuleCount => _modules.Count;

    public void WriteTo(string folder)
    {
        // A declared language without a folder is an error a tidy guide does not make.
        foreach (var language in Languages.Where(_ => Tidy))
        {
            Directory.CreateDirectory(Path.Combine(folder, language));
        }

        foreach (var (relative, text) in _files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    // A tidy text always has a word in it: a title of only spaces is a missing title.
    private string Text() => Tidy ? _text.Word() + " " + _text.Words(anything: false) : _text.Words(anything: _text.Chance(0.3));

    /// <summary>A text field: a quoted string when tidy, otherwise sometimes the wrong shape entirely.</summary>
    private string Field(string? text = null)
    {
        text ??= Text();
        if (Tidy || _text.Chance(0.7))
        {
            return YamlValue.Quote(text);
        }

        return _text.Next(0, 9) switch
        {
            0 => text.Replace("\n", " ", StringComparison.Ordinal),
            1 => YamlValue.List([text, Text()]),
            2 => "{ a: 1, b: [2] }",
            3 => "123456789012345678901234567890",
            4 => "1e400",
            5 => "true",
            6 => "~",
            7 => "\"\"",
            _ => "|\n  " + text.Replace("\n", " ", StringComparison.Ordinal),
        };
    }

    private void WriteSettings()
    {
        var paletteSize = _text.Next(1, 6);
        for (var i = 0; i < paletteSize; i++)
        {
            _palette.Add($"{_text.Word()}{i}");
        }

        List<string> lines =
        [
            "title:",
            .. Languages.Where(_ => Tidy || _text.Chance(0.9)).Select(l => $"  {l}: {Field()}"),
            "subtitle:",
            .. Languages.Select(l => $"  {l}: {Field()}"),
            $"languages: [{string.Join(", ", Languages)}]",
            $"default-language: {DefaultLanguage}",
            "tabs:",
            .. _palette.Select(name => $"  {name}: \"{_text.Colour()}\""),
            "pdf:",
            $"  page-size: {(Tidy || _text.Chance(0.8) ? _text.Pick(new[] { "A4", "A5", "Letter", "Legal", "B5" }) : "A7")}",
            "site:",
            $"  base-url: {(Tidy || _text.Chance(0.8) ? "https://example.org/guide/" : Field())}",
        ];
        if (_text.Chance(0.5))
        {
            lines.Add("publisher:");
            lines.AddRange(Languages.Select(l => $"  {l}: {Field()}"));
        }

        if (!Tidy && _text.Chance(0.2))
        {
            lines.Add($"{_text.Word()}: {Field()}");
        }

        _files["guide.yml"] = string.Join('\n', lines) + "\n";
    }

    private void WriteMedia()
    {
        const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";
        _files["media/figures/chart.svg"] = Svg;
        _files["media/handouts/sheet.pdf"] = "%PDF-1.4\n%%EOF\n";
        if (!Tidy)
        {
            _files["media/figures/aux.svg"] = Svg;
            _files["media/figures/" + new string('x', 70) + ".svg"] = Svg;
        }
    }

    private void WriteModules()
    {
        var count = _text.Chance(0.08) ? _text.Next(20, 100) : _text.Chance(0.2) ? _text.Next(6, 20) : _text.Next(1, 6);
        for (var number = 1; number <= count; number++)
        {
            var id = $"m{number}-{_text.Word()}";
            var file = !Tidy && _text.Chance(0.1)
                ? _text.Chance(0.3) ? $"{number:00}-{new string('a', 240)}.md" : _text.Pick(HostileFileNames)
                : $"{number:00}-{_text.Word()}.md";
            var tab = _palette.Count > 0 && _text.Chance(0.7) ? _palette[_text.Next(0, _palette.Count)] : $"\"{_text.Colour()}\"";
            _modules.Add((id, number, file, tab, _text.Chance(0.6) ? _text.Next(1, 3) : 0));
        }

        foreach (var language in Languages)
        {
            foreach (var module in _modules)
            {
                var isSource = language == DefaultLanguage;
                if (!isSource && _text.Chance(0.35))
                {
                    continue; // a missing translation
                }

                // A translation keeps the source's exercises (an untidy one sometimes does not).
                var exercises = Tidy || _text.Chance(0.9) ? module.Exercises : _text.Next(0, 3);
                _files[$"{language}/{module.File}"] = Module(module.Id, module.Number, module.Tab, exercises, isSource);
            }

            if (language != DefaultLanguage && _text.Chance(0.3))
            {
                _files[$"{language}/98-orphan.md"] = Module("orphan-" + _text.Word(), 98, $"\"{_text.Colour()}\"", 0, false);
            }
        }
    }

    private string Module(string id, int number, string tab, int exercises, bool isSource)
    {
        var lines = new List<string> { "---", $"id: {id}" };
        lines.Add(Tidy || _text.Chance(0.9) ? $"module: {number}" : $"module: {_text.Pick(new[] { "0", "100", "-1", "99999999999999999999", "two", "[1]" })}");
        if (number == 1 && _text.Chance(0.2))
        {
            lines.Add("kind: introduction");
        }

        if (_text.Chance(0.2))
        {
            lines.Add($"slug: {(Tidy || _text.Chance(0.5) ? $"s{number}-{id.Split('-')[^1]}" : Field(_text.Pick(new[] { "CON", "../x", "nul", "a b" })))}");
        }
        lines.Add($"title: {Field()}");
        lines.Add($"tab: {(Tidy || _text.Chance(0.9) ? tab : Field())}");
        if (_text.Chance(0.5))
        {
            lines.Add($"short-title: {Field()}");
        }

        if (_text.Chance(0.7))
        {
            lines.Add($"summary: {Field()}");
        }

        if (!isSource && _text.Chance(0.5))
        {
            lines.Add($"translation-of: {Field(_text.Word())}");
        }

        lines.Add($"objectives: {(Tidy || _text.Chance(0.8) ? YamlValue.List(Enumerable.Range(0, _text.Next(0, 4)).Select(_ => Text())) : Field())}");
        lines.Add($"key-messages: {YamlValue.List(Enumerable.Range(0, _text.Next(0, 3)).Select(_ => Text()))}");
        if (_text.Chance(0.6))
        {
            lines.Add("voices:");
            for (var i = _text.Next(1, 3); i > 0; i--)
            {
                lines.AddRange([$"  - name: {Field()}", $"    role: {Field()}", $"    country: {Field()}", $"    quote: {Field()}"]);
            }
        }

        if (exercises > 0)
        {
            lines.Add("exercises:");
            for (var i = exercises; i > 0; i--)
            {
                lines.AddRange([
                    $"  - id: ex-{i}",
                    $"    title: {Field()}",
                    $"    type: {(Tidy || _text.Chance(0.9) ? _text.Pick(ExerciseTypes) : Field())}",
                    $"    duration: {(Tidy || _text.Chance(0.8) ? _text.Pick(new[] { "45 min", "1 h 30", "1h30", "90 minutes", "45 minutos", "2 heures" }) : Field())}",
                    $"    materials: {YamlValue.List([Text()])}",
                    $"    instructions: {Field()}",
                    $"    facilitator-notes: {Field()}",
                ]);
                if (_text.Chance(0.3))
                {
                    lines.Add($"    handout: {(Tidy || _text.Chance(0.7) ? "media/handouts/sheet.pdf" : Field("media/figures/aux.svg"))}");
                }
            }
        }

        if (_text.Chance(0.5))
        {
            lines.Add("resources:");
            lines.AddRange([
                $"  - title: {Field()}",
                $"    type: {_text.Pick(ResourceTypes)}",
                $"    url: {(Tidy || _text.Chance(0.7) ? "https://www.ilo.org/" + _text.Word() : Field(_text.Pick(new[] { "JaVaScRiPt:alert(1)", "data:text/html,x", "https://ex..org", "ftp://x" })))}",
                $"    description: {Field()}",
            ]);
        }

        if (!Tidy && _text.Chance(0.1))
        {
            lines.Add($"{_text.Word()}: {Field()}");
        }

        lines.Add("---");
        lines.Add(Body());
        return string.Join('\n', lines) + "\n";
    }

    private string Body()
    {
        var blocks = new List<string>();
        for (var i = _text.Next(1, 8); i > 0; i--)
        {
            blocks.Add(_text.Next(0, 10) switch
            {
                0 => "## " + Inline(),
                1 => "### " + Inline(),
                2 => $"::: {_text.Pick(Boxes)} {Inline()}\n{Inline()}\n:::",
                3 => $"^^^\n![{_text.Word()} {Inline()}](media/figures/chart.svg)\n^^^ {Inline()}",
                4 => $"| {Inline()} | b |\n| --- | --- |\n| {Inline()} | c |",
                5 => $"{Inline()}[^{i}]\n\n[^{i}]: {Inline()}",
                6 => Link(),
                7 => "- " + Inline() + "\n- " + Inline(),
                8 => "> " + Inline(),
                _ => Inline(),
            });
        }

        return string.Join("\n\n", blocks);
    }

    private string Inline() => Text().Replace("\n", " ", StringComparison.Ordinal);

    private string Link()
    {
        var other = _modules.Count > 0 ? _text.Pick(_modules).File : "01-x.md";
        string[] tidy =
        [
            $"[{Inline()}]({Uri.EscapeDataString(other)})", $"[{Inline()}](https://example.org/{_text.Word()} \"{Inline().Replace("\"", "", StringComparison.Ordinal)}\")",
            $"<https://www.ilo.org/{_text.Word()}>", "<someone@example.org>", $"## {Inline()} {{#h-{_text.Word()} .cls onclick=alert(1)}}",
            "<div onclick=\"alert(1)\"><script>alert(1)</script></div>", $"[{Inline()}](mailto:someone@example.org)",
        ];
        string[] untidy =
        [
            "<javascript:alert(1)>", "<JaVaScRiPt:alert(1)>", "<vbscript:x>", "<data:text/html,x>", "[x](java\tscript:alert(1))",
            "[x](&#106;avascript:alert(1))", "[x](gb:asset/../x)", "[x](#nowhere)", "![](media/figures/chart.svg)",
            "![x](media/figures/aux.svg)", "![x](../../outside.svg)", "[x](02-missing.md#none)", "{#id .cls onclick=alert(1)}", "::: unknown-box\nx\n:::",
        ];
        return Tidy || _text.Chance(0.5) ? _text.Pick(tidy) : _text.Pick(untidy);
    }
}
