import java.io.File;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import org.gephi.graph.api.*;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.io.importer.api.*;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.preview.api.*;
import org.gephi.preview.types.EdgeColor;
import org.gephi.project.api.*;
import org.openide.util.Lookup;

public class CheckPreview {
  static Map<String,Integer> strokes(String svg) {
    Map<String,Integer> m = new TreeMap<>();
    int i = svg.indexOf("<g id=\"edges\"");
    int j = svg.indexOf("</g>", i);
    Matcher x = Pattern.compile("stroke=\"(#[0-9a-fA-F]{6})\"").matcher(svg.substring(i, j));
    while (x.find()) m.merge(x.group(1).toLowerCase(), 1, Integer::sum);
    return m;
  }
  public static void main(String[] a) throws Exception {
    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    pc.newProject();
    Workspace ws = pc.getCurrentWorkspace();
    ImportController ic = Lookup.getDefault().lookup(ImportController.class);
    Container c = ic.importFile(new File(a[0]));
    ic.process(c, new DefaultProcessor(), ws);
    GraphModel gm = Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
    Graph g = gm.getGraph();
    System.out.println("imported " + g.getNodeCount() + " nodes, " + g.getEdgeCount() + " edges");
    int overlaps = 0; Node[] ns = g.getNodes().toArray();
    for (int p = 0; p < ns.length; p++) for (int q = p + 1; q < ns.length; q++) {
      double d = Math.hypot(ns[p].x() - ns[q].x(), ns[p].y() - ns[q].y());
      if (d < ns[p].size() + ns[q].size()) overlaps++;
    }
    System.out.println("overlapping node pairs as Gephi reads them (size as radius): " + overlaps);
    PreviewController prev = Lookup.getDefault().lookup(PreviewController.class);
    PreviewModel model = prev.getModel(ws);
    System.out.println("default EDGE_COLOR: " + ((EdgeColor) model.getProperties().getValue(PreviewProperty.EDGE_COLOR)).getMode());
    ExportController ex = Lookup.getDefault().lookup(ExportController.class);
    File f1 = new File(a[1], "preview-default.svg");
    ex.exportFile(f1, ws);
    System.out.println("edge strokes, default preview: " + strokes(Files.readString(f1.toPath())));
    model.getProperties().putValue(PreviewProperty.EDGE_COLOR, new EdgeColor(EdgeColor.Mode.ORIGINAL));
    File f2 = new File(a[1], "preview-original.svg");
    ex.exportFile(f2, ws);
    System.out.println("edge strokes, EDGE_COLOR = ORIGINAL: " + strokes(Files.readString(f2.toPath())));
    System.exit(0);
  }
}
