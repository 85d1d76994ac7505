export const HELP: Record<string, string> = {
  main: `d3dkit: design a D3D-style 3D printer of any size.

Usage: d3dkit <command> [options]

Commands:
  build      write the printed parts (STL), cut list, bill of materials and manifest
  presets    list the known printers
  validate   check a spec file and show what it builds
  cutlist    print the cut list of steel, rods and belts
  bom        print the bill of materials

Run "d3dkit <command> --help" for a command's options.
Exit codes: 0 done, 2 bad input, 130/143 stopped by Ctrl-C/SIGTERM, 1 anything else.`,
  build: `Usage: d3dkit build [--preset NAME | --spec FILE] [--set key=value ...] [--out DIR] [--force] [--no-guide]

Writes stl/<part>.stl (one per distinct printed part, laid flat), cutlist.csv and .md,
bom.csv and .md, manifest.json, the drilling templates (templates/) and the build guide
(guide/index.html, guide/guide.md, a picture per step in guide/img/) into DIR (default
out/<preset or spec name>).

  --preset NAME      a preset from "d3dkit presets" (default d3d-12in)
  --spec FILE        a JSON spec file instead of a preset
  --set key=value    change one field, e.g. --set frame.size=14in --set zAxes=4
                     (setting buildVolume drops frame.size and the other way round)
  --out DIR          output folder
  --force            write into DIR even if d3dkit did not write it, overwriting the files
                     d3dkit writes there; other files in DIR are always kept
  --no-guide         leave out the build guide and the drilling templates (faster)`,
  presets: `Usage: d3dkit presets

Lists the presets with their frame size and reached build volume.`,
  validate: `Usage: d3dkit validate FILE [--set key=value ...]

Checks a JSON spec: every field, and that the printer can be built. Prints the frame size,
the reached build volume and the rod lengths, or each problem with its field.`,
  cutlist: `Usage: d3dkit cutlist [--preset NAME | --spec FILE] [--set key=value ...] [--format csv|md|json]

Prints the cut list: item, material, length in mm and inches (to 1/16 in), quantity, notes.`,
  bom: `Usage: d3dkit bom [--preset NAME | --spec FILE] [--set key=value ...] [--format csv|md|json]

Prints the bill of materials: item, description, quantity, where it is used.`,
}
