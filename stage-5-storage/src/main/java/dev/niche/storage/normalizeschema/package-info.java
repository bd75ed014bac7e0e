/**
 * <b>Normalize a schema: one spreadsheet becomes tables that cannot disagree</b> (checkpoint 5.1: design a
 * normalized schema, then justify a denormalization for a real read).
 *
 * <p>A small tea shop ran on one spreadsheet, one row per order line ({@code spreadsheet.sql} beside your files,
 * in {@code src/main/resources/dev/niche/storage/normalizeschema/}). Every row repeats the customer's e-mail,
 * name and address and the tea's name and price. When Alan changed his e-mail, someone fixed three rows out of
 * four; when Ken's only order was cancelled, the shop forgot Ken; and the same tea ended up on the sheet with
 * two prices. The shop now wants a real database.
 *
 * <p><b>What the shop knows</b> (every fact below is required, none may be missing):
 * <ul>
 *   <li>A <b>customer</b> has an e-mail, a name and an address. At any moment the e-mail identifies exactly one
 *       customer, but customers do change their e-mail, and their orders must stay theirs when they do.</li>
 *   <li>A <b>product</b> is identified by its SKU and has a name and a price in whole cents, above zero. Every
 *       order is billed at the product's current price.</li>
 *   <li>An <b>order</b> is identified by its order number; it was placed on a date by one customer.</li>
 *   <li>An order has <b>lines</b>: a product and a quantity, above zero. A product appears at most once per
 *       order.</li>
 * </ul>
 * In the words of functional dependencies: SKU determines name and price; order number determines date and
 * customer; (order number, SKU) determines quantity; and the e-mail, while it lasts, determines the customer.
 *
 * <p><b>Your task</b>, in two files:
 * <ol>
 *   <li>{@code schema.sql}: the tables, with names of your choice, where each fact lives in exactly one row;
 *       primary keys, foreign keys, {@code NOT NULL}, {@code UNIQUE} and {@code CHECK} where the facts above
 *       demand them; then {@code INSERT ... SELECT} statements that move the spreadsheet's data into your tables.
 *       The tests drop the spreadsheet right after your file has run.</li>
 *   <li>{@code app.sql}: the application's nine statements (three reads, six writes) against your tables, as
 *       listed in that file. They are how the tests talk to your schema.</li>
 * </ol>
 *
 * <p><b>How it is checked</b> on a real PostgreSQL 17 (started by the tests), each check in a transaction that is
 * rolled back afterwards, so the checks cannot disturb one another:
 * <ul>
 *   <li>Examples: the reads return every customer's orders and totals and every order's lines exactly as the
 *       spreadsheet had them; the writes show up in the reads; a zero price or quantity is refused.</li>
 *   <li>Design, from the catalog: every table has a primary key and every column is {@code NOT NULL}.</li>
 *   <li>Design, from the data: a customer's name, an address and a product's name are each found in exactly one
 *       row of the whole database; changing an e-mail or a price changes one row (the tests compare every row of
 *       every table before and after, so a cascade counts); cancelling a customer's only order keeps the
 *       customer; a second customer with a known e-mail, a second product with a known SKU, a second line of the
 *       same product on one order, and a line for an unknown order or product are all refused by a
 *       constraint, not silently ignored.</li>
 * </ul>
 * The one-table design answers every read correctly, and that is the trap: it fails the design checks.
 */
package dev.niche.storage.normalizeschema;
