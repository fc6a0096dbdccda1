import type { TauData, TauOrder } from "./tau-types";

/**
 * A small hand-written piece of tau-bench retail for the check's tests (never the real files, which
 * `npm run eval -- --tau DIR` reads in place): one customer, three orders, dev and train tasks.
 */
const address = {
  address1: "1 Oak Street",
  address2: "Apt 2",
  city: "Austin",
  country: "USA",
  state: "TX",
  zip: "78701",
};
const shirt = (id: string, color: string, size: string, price: number) => ({
  name: "T-Shirt",
  product_id: "P-SHIRT",
  item_id: id,
  price,
  options: { color, size },
});
export const boots = {
  name: "Hiking Boots",
  product_id: "P-BOOT",
  item_id: "B10",
  price: 200.5,
  options: { size: "10", waterproof: "yes" },
};

export const orders: Record<string, TauOrder> = {
  "#W1000001": {
    order_id: "#W1000001",
    user_id: "ana_1",
    address,
    items: [
      shirt("S-BLUE-M", "blue", "M", 50),
      shirt("S-RED-L", "red", "L", 52.25),
      shirt("S-RED-L", "red", "L", 52.25),
      boots,
    ],
    status: "delivered",
    payment_history: [{ transaction_type: "payment", amount: 355, payment_method_id: "credit_card_1" }],
  },
  "#W1000002": {
    order_id: "#W1000002",
    user_id: "ana_1",
    address,
    items: [boots],
    status: "pending",
    payment_history: [{ transaction_type: "payment", amount: 200.5, payment_method_id: "paypal_1" }],
  },
  "#W1000003": {
    order_id: "#W1000003",
    user_id: "ana_1",
    address,
    items: [boots],
    status: "processed",
    payment_history: [{ transaction_type: "payment", amount: 200.5, payment_method_id: "gift_card_1" }],
  },
};

export const data: TauData = {
  users: {
    ana_1: {
      name: { first_name: "Ana", last_name: "Silva" },
      address,
      email: "ana.silva1@example.com",
      payment_methods: {
        credit_card_1: { source: "credit_card", id: "credit_card_1", brand: "visa", last_four: "4242" },
        paypal_1: { source: "paypal", id: "paypal_1" },
        gift_card_1: { source: "gift_card", id: "gift_card_1", balance: 10 },
      },
      orders: ["#W1000001", "#W1000002", "#W1000003"],
    },
  },
  orders,
  products: {
    "P-SHIRT": {
      name: "T-Shirt",
      product_id: "P-SHIRT",
      variants: {
        "S-BLUE-M": { item_id: "S-BLUE-M", options: { color: "blue", size: "M" }, available: true, price: 50 },
        "S-RED-L": { item_id: "S-RED-L", options: { color: "red", size: "L" }, available: true, price: 52.25 },
        "S-BLUE-L": { item_id: "S-BLUE-L", options: { color: "blue", size: "L" }, available: true, price: 55 },
      },
    },
    "P-BOOT": {
      name: "Hiking Boots",
      product_id: "P-BOOT",
      variants: {
        B10: { item_id: "B10", options: { size: "10", waterproof: "yes" }, available: true, price: 200.5 },
        B11: { item_id: "B11", options: { size: "11", waterproof: "yes" }, available: true, price: 190 },
      },
    },
  },
  tasks: {
    dev: [
      {
        user_id: "ana_1",
        actions: [
          { name: "find_user_id_by_email", kwargs: { email: "ana.silva1@example.com" } },
          {
            name: "return_delivered_order_items",
            kwargs: { order_id: "#W1000001", item_ids: ["S-BLUE-M", "B10"], payment_method_id: "credit_card_1" },
          },
          {
            name: "modify_pending_order_payment",
            kwargs: { order_id: "#W1000002", payment_method_id: "credit_card_1" },
          },
        ],
      },
      {
        user_id: "ana_1",
        actions: [{ name: "cancel_pending_order", kwargs: { order_id: "#W1000002", reason: "ordered by mistake" } }],
      },
    ],
    train: [
      {
        user_id: "ana_1",
        actions: [
          {
            name: "exchange_delivered_order_items",
            kwargs: {
              order_id: "#W1000001",
              item_ids: ["S-RED-L"],
              new_item_ids: ["S-BLUE-L"],
              payment_method_id: "credit_card_1",
            },
          },
          {
            name: "modify_pending_order_items",
            kwargs: { order_id: "#W1000002", item_ids: ["B10"], new_item_ids: ["B11"], payment_method_id: "paypal_1" },
          },
          {
            name: "modify_pending_order_items",
            kwargs: { order_id: "#W1000002", item_ids: ["B10"], new_item_ids: ["B10"], payment_method_id: "paypal_1" },
          },
          {
            name: "modify_pending_order_address",
            kwargs: {
              order_id: "#W1000002",
              address1: "592 Elm Avenue",
              address2: "Suite 978",
              city: "Houston",
              state: "TX",
              zip: "77242",
              country: "USA",
            },
          },
        ],
      },
    ],
  },
};
