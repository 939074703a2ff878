using GuideBuilder.Cli;

return GuideCli.Run(args);
