package dev.niche.concurrency.falsesharing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

/**
 * Finds where a counter keeps its numbers, whatever its design: every {@code long} stored in the objects the
 * counter references (fields of objects, elements of arrays, a few references deep), read at their real
 * offsets with JOL. Comparing two readings around one call shows which {@code long} that call changed.
 */
final class HotFields {
    private static final int MAX_DEPTH = 4;
    private static final int MAX_OBJECTS = 10_000;

    static {
        // Offsets and sizes need neither an agent nor the Serviceability Agent; trying to attach them costs
        // seconds on a loaded machine.
        System.setProperty("jol.skipDynamicAttach", "true");
        System.setProperty("jol.skipHotspotSAAttach", "true");
    }

    private HotFields() {
    }

    /** One {@code long} in memory: its object, its offset from the object's start, and a readable name. */
    record Location(Object holder, long offset, String name) {
        long holderSize() {
            return VM.current().sizeOf(holder);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Location o && o.holder == holder && o.offset == offset;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(holder) * 31 + Long.hashCode(offset);
        }

        @Override
        public String toString() {
            return name + " (offset " + offset + " of a " + holderSize() + "-byte object)";
        }
    }

    private record Node(Object object, int depth) {
    }

    /** Every {@code long} reachable from {@code root}, with its current value. */
    static Map<Location, Long> read(Object root) {
        VirtualMachine vm = VM.current();
        Map<Location, Long> values = new LinkedHashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(new Node(root, 0));
        while (!queue.isEmpty() && seen.size() < MAX_OBJECTS) {
            Node node = queue.poll();
            Object object = node.object();
            if (!seen.add(object) || object instanceof Class || object instanceof CharSequence
                    || object instanceof Thread || object instanceof ClassLoader) {
                continue;
            }
            Class<?> type = object.getClass();
            if (type.isArray()) {
                readArray(vm, object, node.depth(), values, queue);
                continue;
            }
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    long offset;
                    try {
                        offset = vm.fieldOffset(f);
                    } catch (UnsupportedOperationException e) {
                        continue; // a record's or a hidden class's field: no offset to read
                    }
                    if (f.getType() == long.class) {
                        values.put(new Location(object, offset, "field '" + f.getName() + "' of "
                                + c.getSimpleName()), vm.getLong(object, offset));
                    } else if (!f.getType().isPrimitive() && node.depth() < MAX_DEPTH) {
                        Object child = vm.getObject(object, offset);
                        if (child != null) {
                            queue.add(new Node(child, node.depth() + 1));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static void readArray(VirtualMachine vm, Object array, int depth, Map<Location, Long> values,
                                  Deque<Node> queue) {
        int length = Array.getLength(array);
        if (array instanceof long[] longs) {
            int base = vm.arrayBaseOffset("long");
            int scale = vm.arrayIndexScale("long");
            for (int i = 0; i < length; i++) {
                values.put(new Location(array, base + (long) i * scale, "element " + i + " of a long["
                        + length + "]"), longs[i]);
            }
        } else if (array instanceof Object[] objects && depth < MAX_DEPTH) {
            for (Object element : objects) {
                if (element != null) {
                    queue.add(new Node(element, depth + 1));
                }
            }
        }
    }
}
