package se.regionrum.analysis.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A road graph as bytes, to store a prepared network and load it again without re-reading its
 * source: a header, then the graph's arrays as they are in memory (little-endian).
 * <p>
 * The magic number carries the format's version. Version 3 stores edge times in milliseconds;
 * version 2 stored whole deciseconds, and such files still load, their times converted.
 */
public final class RoadGraphFiles {

	private static final int MAGIC = 0x52524733; // "RRG3": edge times in milliseconds
	private static final int MAGIC_DECISECONDS = 0x52524732; // "RRG2"

	private RoadGraphFiles() {
	}

	public static void write(RoadGraph graph, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(target);
		out.writeInt(MAGIC);
		out.writeInt(graph.nodeCount);
		out.writeInt(graph.inEdges.length);
		writeInts(out, graph.firstIn);
		writeInts(out, graph.inEdges);
		writeFloats(out, graph.x);
		writeFloats(out, graph.y);
		out.writeInt(graph.inputNodeCount);
		out.flush();
	}

	public static RoadGraph read(InputStream source) throws IOException {
		DataInputStream in = new DataInputStream(source);
		int magic = in.readInt();
		if (magic != MAGIC && magic != MAGIC_DECISECONDS) {
			throw new IOException("not a stored road graph");
		}
		int nodes = in.readInt();
		int edgeInts = in.readInt();
		if (nodes < 0 || edgeInts < 0 || edgeInts % RoadGraph.EDGE_INTS != 0) {
			throw new IOException("stored road graph has a broken header");
		}
		int[] firstIn = readInts(in, nodes + 1);
		int[] inEdges = readInts(in, edgeInts);
		if (magic == MAGIC_DECISECONDS) {
			try {
				for (int e = 1; e < inEdges.length; e += RoadGraph.EDGE_INTS) {
					inEdges[e] = EngineTime.fromDeciseconds(inEdges[e]);
				}
			} catch (ArithmeticException e) {
				throw new IOException("stored road graph has an edge time beyond any road's", e);
			}
		}
		float[] x = readFloats(in, nodes);
		float[] y = readFloats(in, nodes);
		int inputNodes = in.readInt();
		return new RoadGraph(nodes, firstIn, inEdges, x, y, inputNodes);
	}

	private static void writeInts(DataOutputStream out, int[] values) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
		for (int v : values) {
			if (!buffer.hasRemaining()) {
				out.write(buffer.array(), 0, buffer.position());
				buffer.clear();
			}
			buffer.putInt(v);
		}
		out.write(buffer.array(), 0, buffer.position());
	}

	private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
		int[] bits = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			bits[i] = Float.floatToRawIntBits(values[i]);
		}
		writeInts(out, bits);
	}

	private static int[] readInts(DataInputStream in, int count) throws IOException {
		int[] values = new int[count];
		byte[] chunk = new byte[1 << 16];
		int done = 0;
		while (done < count) {
			int n = Math.min(chunk.length / 4, count - done);
			in.readFully(chunk, 0, n * 4);
			ByteBuffer.wrap(chunk, 0, n * 4).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values, done, n);
			done += n;
		}
		return values;
	}

	private static float[] readFloats(DataInputStream in, int count) throws IOException {
		int[] bits = readInts(in, count);
		float[] values = new float[count];
		for (int i = 0; i < count; i++) {
			values[i] = Float.intBitsToFloat(bits[i]);
		}
		return values;
	}
}
