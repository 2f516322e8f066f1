import Foundation
import PackagePlugin

/// Compiles the seed rubric (`Templates/rubrics/seed.yaml`) into the Scoring module.
@main
struct EmbedRubric: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rubric = context.package.directoryURL
            .appending(path: "Templates/rubrics/seed.yaml")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding the seed rubric",
                executable: try context.tool(named: "EmbedResource").url,
                arguments: [output.path, "seedRubric=" + rubric.path],
                inputFiles: [rubric],
                outputFiles: [output]
            )
        ]
    }
}
