import java.io.File;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints a PDF's page count (bench/report.sh runs it with the jar's PDFBox on the class path). */
public class PdfPages {

	public static void main(String[] args) throws Exception {
		try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
			System.out.println(document.getNumberOfPages());
		}
	}

}
